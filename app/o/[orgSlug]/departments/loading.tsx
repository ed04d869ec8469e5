import { ListPageSkeleton } from '@/components/ui/list-page-skeleton';

export default function DepartmentsLoading() {
  return <ListPageSkeleton label="Loading departments" columns={['w-32', 'flex-1', 'w-12', 'w-24']} />;
}
