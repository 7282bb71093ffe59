import { Navigate, useLocation, useParams } from 'react-router';

/**
 * A link Simpul sent (e-mail) names the tenant: /t/<slug>/<page>. Signed in, it opens the page;
 * otherwise the tenant's sign-in, which then forwards to the page.
 */
export function TenantAddressRedirect({ signedIn }: { signedIn: boolean }) {
  const { slug = '', '*': rest = '' } = useParams();
  const location = useLocation();
  const page = `/${rest}${location.search}`;
  if (signedIn) return <Navigate to={page} replace />;
  const next = rest ? `?next=${encodeURIComponent(page)}` : '';
  return <Navigate to={`/t/${encodeURIComponent(slug)}/login${next}`} replace />;
}
