import { rules } from '../../api/rules';

/** The server's password rules: at least 12 characters, at most 72 bytes (bcrypt's limit). */
export const PASSWORD_MIN = rules.password.minLength;
export const PASSWORD_MAX_BYTES = rules.password.maxBytes;

/** Why a new password would be refused, or null when it is fine. */
export function passwordProblem(password: string): string | null {
  if ([...password].length < PASSWORD_MIN) return `Use at least ${PASSWORD_MIN} characters (now ${[...password].length}).`;
  if (new TextEncoder().encode(password).length > PASSWORD_MAX_BYTES) return `Use at most ${PASSWORD_MAX_BYTES} bytes; shorten it.`;
  if (!password.trim()) return 'A password cannot be only spaces.';
  return null;
}

export const PASSWORD_HINT = `At least ${PASSWORD_MIN} characters. A few unrelated words are easy to remember and hard to guess.`;
