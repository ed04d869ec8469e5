import { ListPageSkeleton } from '@/components/ui/list-page-skeleton';

export default function ApplicationLoading() {
  return <ListPageSkeleton label="Loading the application" columns={['w-32', 'flex-1', 'w-12', 'w-24']} />;
}
