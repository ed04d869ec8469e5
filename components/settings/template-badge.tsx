import { Badge } from '@/components/ui/badge';

/** Whether the org uses its own version of a template or the platform default. */
export function TemplateBadge({ customized }: { customized: boolean }) {
  return <Badge tone={customized ? 'busy' : 'neutral'}>{customized ? 'Customized' : 'Default'}</Badge>;
}
