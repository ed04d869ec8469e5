import { ListPageSkeleton } from '@/components/ui/list-page-skeleton';

export default function ApplicationsLoading() {
  return <ListPageSkeleton label="Loading applications" columns={['w-32', 'flex-1', 'w-12', 'w-24']} />;
}
