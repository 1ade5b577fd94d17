import { db } from '../db';
import { hashPassword } from '../auth/password';
import type { TRegister } from '../validations/auth';
import { isStrongPasswordOffThread } from './cpu-pool';
import { ServiceError, isUniqueViolation } from './errors';

export interface UserDTO {
  id: string;
  email: string;
  name: string;
}

/** Refuses (422, naming the field) a password that is too easy to guess (lib/domain/password-strength.ts). */
export async function requireStrongPassword(password: string, field: string, userInputs: string[]): Promise<void> {
  if (!(await isStrongPasswordOffThread(password, userInputs))) throw new ServiceError(422, 'weak_password', 'validation.weakPassword', field);
}

export async function registerUser(input: TRegister): Promise<UserDTO> {
  await requireStrongPassword(input.password, 'password', [input.name, input.email]);
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.user.create({ data: { email: input.email, name: input.name, passwordHash } });
    return { id: user.id, email: user.email, name: user.name };
  } catch (error) {
    if (isUniqueViolation(error)) throw new ServiceError(409, 'email_taken', 'this email is already registered', 'email');
    throw error;
  }
}
