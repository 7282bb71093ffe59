import { Button, Menu } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { useSession, useSignOut } from '../api/session';
import { useT } from '../i18n/i18n';

export function UserMenu() {
  const t = useT();
  const { data: session } = useSession();
  const signOut = useSignOut();
  const navigate = useNavigate();
  if (!session) return null;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        {/* a long name is cut on a phone; the full name and address are in the menu */}
        <Button variant="subtle" size="compact-sm" maw={{ base: 120, sm: 280 }} title={session.user.name}
          styles={{ inner: { minWidth: 0 }, label: { display: 'block', height: 'auto', overflow: 'hidden', textOverflow: 'ellipsis' } }}
          data-testid="user-menu"
        >
          {session.user.name}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          {session.user.name} · {session.user.email}
        </Menu.Label>
        <Menu.Item component={Link} to="/account/password">
          {t('web.account.changePassword')}
        </Menu.Item>
        <Menu.Item component={Link} to="/account/tokens">
          {t('web.account.apiTokens')}
        </Menu.Item>
        <Menu.Item component="a" href="/api/docs" target="_blank" rel="noreferrer">
          {t('common.apiDocs')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item
          color="red"
          onClick={async () => {
            await signOut();
            navigate('/login');
          }}
        >
          {t('common.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
