import { db } from '../db';
import { hashPassword } from '../auth/password';
import type { TRegister } from '../validations/auth';
import { ServiceError, isUniqueViolation } from './errors';

export interface UserDTO {
  id: string;
  email: string;
  name: string;
}

export async function registerUser(input: TRegister): Promise<UserDTO> {
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.user.create({ data: { email: input.email, name: input.name, passwordHash } });
    return { id: user.id, email: user.email, name: user.name };
  } catch (error) {
    if (isUniqueViolation(error)) throw new ServiceError(409, 'email_taken', 'this email is already registered', 'email');
    throw error;
  }
}
