import { StaffSignIn } from '../../runtime/web/shared/StaffSignIn';
import type { SessionUser } from './api';
import { useI18n } from './i18n';

/** The designer's sign-in: the shared staff sign-in in the designer's words. */
export function SignIn({ onSignedIn }: { onSignedIn(user: SessionUser): void }) {
  const { t } = useI18n();
  return <StaffSignIn onSignedIn={onSignedIn} t={t} />;
}
