/**
 * How the look-back pages treat a service's refusal: an unknown (or foreign) id is the 404 page, any other
 * ServiceError (403 not allowed, 409 not started …) comes back as a status for the page to explain in words.
 */
import { notFound } from 'next/navigation';
import { ServiceError } from '@/lib/services/errors';
import { wordRefusal } from '@/lib/i18n/messages-errors';
import { currentLocale } from '@/lib/i18n/server';

export type Loaded<T> = { ok: true; value: T } | { ok: false; status: number; message: string };

export async function loadOrRefuse<T>(work: Promise<T>): Promise<Loaded<T>> {
  try {
    return { ok: true, value: await work };
  } catch (error) {
    if (error instanceof ServiceError) {
      if (error.status === 404) notFound();
      const locale = await currentLocale();
      return { ok: false, status: error.status, message: wordRefusal(error, locale) };
    }
    throw error;
  }
}
