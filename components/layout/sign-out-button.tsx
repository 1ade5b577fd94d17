'use client';
import { signOut } from 'next-auth/react';

export function SignOutButton({ label }: { label: string }) {
  return (
    <button type="button" className="text-stone-600 hover:text-red-800" onClick={() => signOut({ callbackUrl: '/' })}>
      {label}
    </button>
  );
}
