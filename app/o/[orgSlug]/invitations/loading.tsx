import { ListPageSkeleton } from '@/components/ui/list-page-skeleton';

export default function InvitationsLoading() {
  return (
    <ListPageSkeleton label="Loading invitations" columns={['w-48', 'w-24', 'w-16', 'flex-1', 'w-24']} chips={5} />
  );
}
