'use client';
/** Sign-in and sign-up. Sign-up registers through the API, then signs in with the same credentials. */
import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { useState } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { Field, SubmitButton } from '@/components/ui/field';
import { safeCallbackPath } from '@/lib/domain/safe-redirect';

export function AuthForm({ mode }: { mode: 'signin' | 'signup' }) {
  const { t } = useT();
  const router = useRouter();
  const params = useSearchParams();
  const callbackUrl = safeCallbackPath(params.get('callbackUrl'));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setFieldErrors({});
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email') ?? '');
    const password = String(form.get('password') ?? '');
    try {
      if (mode === 'signup') {
        const res = await fetch('/api/auth/register', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email, password, name: String(form.get('name') ?? '') }),
        });
        if (!res.ok) {
          const body = await res.json().catch(() => ({}));
          if (body?.error?.code === 'email_taken') setFieldErrors({ email: t('auth.emailTaken') });
          else setFieldErrors(body?.error?.fields ?? {});
          if (!body?.error?.fields) setError(t('common.error'));
          return;
        }
      }
      const result = await signIn('credentials', { email, password, redirect: false });
      if (!result || result.error) {
        setError(result?.error?.startsWith('rate_limited') ? t('auth.rateLimited') : t('auth.failed'));
        return;
      }
      router.push(callbackUrl);
      router.refresh();
    } catch {
      setError(t('common.error'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <Field label={t('auth.email')} name="email" type="email" autoComplete="email" required error={fieldErrors.email} />
      {mode === 'signup' && <Field label={t('auth.name')} name="name" autoComplete="nickname" required maxLength={40} error={fieldErrors.name} />}
      <Field
        label={t('auth.password')}
        name="password"
        type="password"
        autoComplete={mode === 'signup' ? 'new-password' : 'current-password'}
        required
        hint={mode === 'signup' ? t('auth.passwordHint') : undefined}
        error={fieldErrors.password}
      />
      {error && <p className="text-sm text-red-700" role="alert">{error}</p>}
      <SubmitButton busy={busy}>{mode === 'signup' ? t('auth.signup') : t('auth.signin')}</SubmitButton>
      <p className="text-center text-sm text-stone-600">
        {mode === 'signup' ? t('auth.haveAccount') : t('auth.noAccount')}{' '}
        <Link className="text-red-800 underline" href={`/${mode === 'signup' ? 'signin' : 'signup'}?callbackUrl=${encodeURIComponent(callbackUrl)}`}>
          {mode === 'signup' ? t('auth.signin') : t('auth.signup')}
        </Link>
      </p>
    </form>
  );
}
