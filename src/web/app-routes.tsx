import { Center, Loader } from '@mantine/core';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { useSession, useSetupStatus } from './api/session';
import { AppLayout } from './layout/app-layout';
import { modules } from './modules';
import { LoginPage } from './auth/login-page';
import { AfterLoginRedirect } from './auth/after-login-redirect';
import { SetupPage } from './auth/setup-page';
import { ForcedPasswordChange } from './auth/forced-password-change';
import { ChangePasswordPage } from './auth/change-password-page';
import { ApiTokensPage } from './auth/api-tokens-page';
import { NotFoundPage } from './layout/not-found-page';
import { PublicPortal } from './open-data/public-portal';
import { VerifyDocumentPage } from './public/verify-document-page';
import { ForgotPasswordPage } from './auth/forgot-password-page';
import { ResetPasswordPage } from './auth/reset-password-page';
import { TenantAddressRedirect } from './auth/tenant-address-redirect';
import { useLeavePrompt } from './components/leave-guard';

function FullPageLoader() {
  return (
    <Center h="100vh">
      <Loader />
    </Center>
  );
}

/**
 * Which screen a visitor sees: first-run setup on an empty installation, the login page when
 * nobody is signed in, the forced password change when the server demands it, else the shell.
 */
export function AppRoutes() {
  useLeavePrompt();
  const setup = useSetupStatus();
  const session = useSession();
  const location = useLocation();
  // the open-data portal is public: no setup, session or shell
  if (location.pathname.startsWith('/data/')) return <PublicPortal />;
  // the QR code on a signed letter leads here: open to anyone, signed in or not
  if (location.pathname === '/verify' || location.pathname.startsWith('/verify/')) {
    return (
      <Routes>
        <Route path="/verify" element={<VerifyDocumentPage />} />
        <Route path="/verify/:id" element={<VerifyDocumentPage />} />
      </Routes>
    );
  }
  // the link of a reset e-mail works whoever is signed in here: setting the password ends every session
  if (/^\/t\/[^/]+\/reset-password$/.test(location.pathname)) {
    return (
      <Routes>
        <Route path="/t/:slug/reset-password" element={<ResetPasswordPage />} />
      </Routes>
    );
  }
  if (setup.isPending || session.isPending) return <FullPageLoader />;

  if (setup.data?.needsSetup) {
    return (
      <Routes>
        <Route path="/setup" element={<SetupPage />} />
        <Route path="*" element={<Navigate to="/setup" replace />} />
      </Routes>
    );
  }
  if (!session.data) {
    const next = location.pathname === '/login' || location.pathname === '/setup' ? '' : `?next=${encodeURIComponent(location.pathname + location.search)}`;
    return (
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/forgot-password" element={<ForgotPasswordPage />} />
        <Route path="/t/:slug/login" element={<LoginPage />} />
        <Route path="/t/:slug/forgot-password" element={<ForgotPasswordPage />} />
        <Route path="/t/:slug/*" element={<TenantAddressRedirect signedIn={false} />} />
        <Route path="*" element={<Navigate to={`/login${next}`} replace />} />
      </Routes>
    );
  }
  if (session.data.user.mustChangePassword) return <ForcedPasswordChange />;

  return (
    <AppLayout>
      <Routes>
        <Route path="/login" element={<AfterLoginRedirect />} />
        <Route path="/t/:slug/login" element={<AfterLoginRedirect />} />
        <Route path="/forgot-password" element={<Navigate to="/" replace />} />
        <Route path="/t/:slug/*" element={<TenantAddressRedirect signedIn />} />
        <Route path="/setup" element={<Navigate to="/" replace />} />
        <Route path="/account/password" element={<ChangePasswordPage />} />
        <Route path="/account/tokens" element={<ApiTokensPage />} />
        {modules.flatMap((m) => m.routes).map((r) => (
          <Route key={r.path} path={`/${r.path}`} element={r.element} />
        ))}
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </AppLayout>
  );
}
