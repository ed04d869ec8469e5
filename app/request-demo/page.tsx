import type { Metadata } from 'next';
import { RequestDemoForm } from '@/components/demo-requests/request-demo-form';

export const metadata: Metadata = { title: 'Request a demo' };

export default function RequestDemoPage() {
  return (
    <main className="flex min-h-dvh items-center justify-center px-4 py-12">
      <div className="w-full max-w-xl">
        <div className="mb-6 flex items-center gap-2">
          <span
            aria-hidden="true"
            className="flex size-8 items-center justify-center rounded-md bg-zinc-900 text-sm font-bold text-white"
          >
            O
          </span>
          <span className="font-semibold text-zinc-900">Org Admin</span>
        </div>
        <div className="rounded-xl border border-zinc-200 bg-white p-6 shadow-sm">
          <h1 className="text-lg font-semibold tracking-tight text-zinc-900">Request a demo</h1>
          <p className="mt-1 text-zinc-600">Tell us who you are and we will get in touch to book a time.</p>
          <div className="mt-5">
            <RequestDemoForm />
          </div>
        </div>
      </div>
    </main>
  );
}
