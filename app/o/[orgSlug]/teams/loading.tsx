import { ListPageSkeleton } from '@/components/ui/list-page-skeleton';

export default function TeamsLoading() {
  return <ListPageSkeleton label="Loading teams" columns={['w-32', 'w-24', 'w-12', 'w-24']} />;
}
