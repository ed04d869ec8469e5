import type { Metadata } from 'next';
import { ForgotPasswordForm } from '@/components/account/forgot-password-form';
import { AuthCard } from '@/components/auth/auth-card';

export const metadata: Metadata = { title: 'Forgot password' };

export default function ForgotPasswordPage() {
  return (
    <AuthCard
      title="Forgot your password?"
      description="Enter your e-mail. We will send a link and a 6-digit code to choose a new password."
    >
      <ForgotPasswordForm />
    </AuthCard>
  );
}
