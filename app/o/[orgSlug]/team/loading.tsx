import { ListPageSkeleton } from '@/components/ui/list-page-skeleton';

export default function TeamLoading() {
  return (
    <ListPageSkeleton
      label="Loading team"
      columns={['w-8', 'w-40', 'flex-1', 'w-20']}
      rows={8}
      toolbar="wide-search"
      header={false}
    />
  );
}
