import { ListPageSkeleton } from '@/components/ui/list-page-skeleton';

export default function AuditLoading() {
  return (
    <ListPageSkeleton
      label="Loading the audit log"
      columns={['w-32', 'w-40', 'w-28', 'flex-1', 'w-20']}
      rows={8}
      toolbar="panel"
      header={false}
    />
  );
}
