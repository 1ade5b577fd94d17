/** A labelled input with its error underneath: the one form primitive the pages share. */
export function Field({ label, error, hint, ...input }: { label: string; error?: string; hint?: string } & React.InputHTMLAttributes<HTMLInputElement>) {
  return (
    <label className="block text-sm">
      <span className="mb-1 block text-stone-700">{label}</span>
      <input
        {...input}
        className="w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base outline-none focus:border-red-700 focus:ring-1 focus:ring-red-700"
        aria-invalid={error ? true : undefined}
      />
      {hint && !error && <span className="mt-1 block text-xs text-stone-500">{hint}</span>}
      {error && <span className="mt-1 block text-xs text-red-700" role="alert">{error}</span>}
    </label>
  );
}

export function SubmitButton({ children, busy }: { children: React.ReactNode; busy?: boolean }) {
  return (
    <button type="submit" disabled={busy} className="w-full rounded-md bg-red-800 px-4 py-2.5 font-medium text-white hover:bg-red-900 disabled:opacity-60">
      {children}
    </button>
  );
}
