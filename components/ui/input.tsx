import type { InputHTMLAttributes, Ref, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { cn } from '@/lib/ui/cn';

const control =
  'block rounded-md border border-zinc-300 bg-white text-sm text-zinc-900 shadow-sm ' +
  'placeholder:text-zinc-400 focus-visible:border-indigo-600 ' +
  'aria-invalid:border-red-500 disabled:cursor-not-allowed disabled:bg-zinc-50 disabled:text-zinc-500';

export function Input({
  className,
  ref,
  ...props
}: InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> }) {
  return <input ref={ref} className={cn(control, 'h-9 w-full px-3', className)} {...props} />;
}

export function Textarea({
  className,
  ref,
  ...props
}: TextareaHTMLAttributes<HTMLTextAreaElement> & { ref?: Ref<HTMLTextAreaElement> }) {
  return <textarea ref={ref} className={cn(control, 'min-h-20 w-full px-3 py-2', className)} {...props} />;
}

export function Select({
  className,
  ref,
  ...props
}: SelectHTMLAttributes<HTMLSelectElement> & { ref?: Ref<HTMLSelectElement> }) {
  return <select ref={ref} className={cn(control, 'h-9 px-2.5 pr-8', className ?? 'w-full')} {...props} />;
}
