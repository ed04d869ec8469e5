import { cn } from '@/lib/ui/cn';

/** The member's picture, or their initials. */
export function Avatar({
  firstName,
  lastName,
  url,
  className,
}: {
  firstName: string;
  lastName: string;
  url: string | null;
  className?: string;
}) {
  const initials = `${firstName.charAt(0)}${lastName.charAt(0)}`.toUpperCase();
  if (url) {
    // biome-ignore lint/performance/noImgElement: small same-origin thumbnails behind auth; next/image adds nothing
    return <img src={url} alt="" className={cn('size-8 rounded-full object-cover', className)} />;
  }
  return (
    <span
      aria-hidden="true"
      className={cn(
        'inline-flex size-8 shrink-0 items-center justify-center rounded-full bg-indigo-100 text-xs font-semibold text-indigo-800',
        className,
      )}
    >
      {initials}
    </span>
  );
}
