import { ListPageSkeleton } from '@/components/ui/list-page-skeleton';

export default function RolesLoading() {
  return <ListPageSkeleton label="Loading roles" columns={['w-48', 'w-20', 'w-20', 'w-20']} rows={10} toolbar="none" />;
}
