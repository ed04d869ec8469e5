import { ListPageSkeleton } from '@/components/ui/list-page-skeleton';

export default function RequestsLoading() {
  return (
    <ListPageSkeleton
      label="Loading role requests"
      columns={['w-40', 'w-24', 'flex-1', 'w-16', 'w-24']}
      chips={5}
      toolbar="none"
    />
  );
}
