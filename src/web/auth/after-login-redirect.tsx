import { Navigate, useSearchParams } from 'react-router';

/** Signed in on /login: go where the visitor was headed (same-site paths only). */
export function AfterLoginRedirect() {
  const [params] = useSearchParams();
  const next = params.get('next');
  return <Navigate to={next && next.startsWith('/') && !next.startsWith('//') ? next : '/'} replace />;
}
