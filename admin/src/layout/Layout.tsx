import LinkIcon from '@mui/icons-material/Link';
import InsightsIcon from '@mui/icons-material/Insights';
import MapIcon from '@mui/icons-material/Map';
import WebhookIcon from '@mui/icons-material/Webhook';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import LeaderboardIcon from '@mui/icons-material/Leaderboard';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import WifiOffIcon from '@mui/icons-material/WifiOff';
import { Box, Divider, ListSubheader, Typography } from '@mui/material';
import { Fragment, type ReactNode } from 'react';
import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import {
  AppBar,
  Layout as RaLayout,
  Logout,
  Menu,
  MenuItemLink,
  TitlePortal,
  useGetIdentity,
  UserMenu,
  usePermissions,
  useSidebarState,
  useTranslate,
  useUserMenu,
} from 'react-admin';
import { ForcedPasswordChange } from '../account/ForcedPasswordChange';
import { NotificationBell } from '../inbox/NotificationBell';
import { useEnumLabel } from '../shared/enums';
import { usePunctuation } from '../shared/punctuation';
import EditNoteIcon from '@mui/icons-material/EditNote';
import { MENU_PAGES, menuFor, type Permissions } from '../permissions';
import { OfflineSync } from '../offline/OfflineSync';

function AppTitle() {
  const translate = useTranslate();
  return (
    <Typography
      variant="body2"
      sx={{ display: { xs: 'none', md: 'block' }, opacity: 0.85, mr: 1, whiteSpace: 'nowrap' }}
    >
      {translate('app.title')} · {translate('app.district')}
    </Typography>
  );
}

/** Who is signed in and as what: the first lines of the user menu (on a phone the button is an icon). */
function SignedInAs() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { permissions } = usePermissions<Permissions>();
  const role = useEnumLabel('UserRole');
  const { paren, comma } = usePunctuation();
  return (
    <Box sx={{ px: 2, py: 1, maxWidth: 320 }} data-testid="signed-in-as">
      <Typography variant="caption" color="text.secondary">
        {translate('app.signed_in_as')}
      </Typography>
      <Typography variant="subtitle2">
        {identity?.fullName ?? ''}
        {identity?.username ? paren(String(identity.username)) : ''}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {(permissions?.roles ?? []).map(role).join(comma)}
      </Typography>
    </Box>
  );
}

/** 我的账户 in the user menu; choosing it closes the menu. */
function MyAccountItem() {
  const userMenu = useUserMenu();
  return (
    <MenuItemLink
      to="/my-account"
      primaryText="account.menu"
      leftIcon={<ManageAccountsIcon />}
      onClick={() => userMenu?.onClose()}
    />
  );
}

/** The user menu: who is signed in, 我的账户 (password, sessions) and sign-out. */
function FiveStarUserMenu() {
  return (
    <UserMenu>
      <SignedInAs />
      <Divider />
      <MyAccountItem />
      <Logout />
    </UserMenu>
  );
}

function FiveStarAppBar() {
  return (
    <AppBar color="primary" userMenu={<FiveStarUserMenu />}>
      {/* On a phone the record's full name wraps onto a second line instead of being cut. */}
      <TitlePortal
        sx={{
          whiteSpace: { xs: 'normal', sm: 'nowrap' },
          overflowWrap: 'anywhere',
          lineHeight: { xs: 1.25, sm: 'inherit' },
          fontSize: { xs: '1rem', sm: undefined },
          py: { xs: 0.5, sm: 0 },
        }}
      />
      <Box sx={{ flex: 1 }} />
      <OfflineSync />
      <AppTitle />
      <NotificationBell />
    </AppBar>
  );
}

function Group({ label }: { label: string }) {
  const translate = useTranslate();
  const [open] = useSidebarState();
  if (!open) return <Divider sx={{ my: 1 }} />;
  return (
    <ListSubheader disableSticky sx={{ lineHeight: '32px', bgcolor: 'transparent' }}>
      {translate(label)}
    </ListSubheader>
  );
}

const PAGE_ITEMS: Record<string, { label: string; icon: ReactNode }> = {
  chain: { label: 'chain.menu', icon: <LinkIcon /> },
  battleMap: { label: 'stars.battle_map', icon: <MapIcon /> },
  ranking: { label: 'supervision.ranking', icon: <LeaderboardIcon /> },
  warnings: { label: 'warnings.menu', icon: <WarningAmberIcon /> },
  imports: { label: 'imports.menu', icon: <UploadFileIcon /> },
  residentRates: { label: 'residents.rates', icon: <InsightsIcon /> },
  myTests: { label: 'training.my_tests', icon: <EditNoteIcon /> },
  webhooks: { label: 'webhooks.menu', icon: <WebhookIcon /> },
  field: { label: 'offline.menu', icon: <WifiOffIcon /> },
};

/**
 * The menu of the signed-in user's roles (menuFor in permissions.ts: what each role works on).
 * Items are labelled by their Chinese names (resources.<name>.name) for people and tests alike.
 */
function FiveStarMenu() {
  const { permissions } = usePermissions<Permissions>();
  return (
    <Menu>
      <Menu.DashboardItem />
      {menuFor(permissions).map((group) => (
        <Fragment key={group.key}>
          <Group label={group.label} />
          {group.items.map((item) =>
            MENU_PAGES[item] ? (
              <Menu.Item
                key={item}
                to={MENU_PAGES[item]}
                primaryText={PAGE_ITEMS[item].label}
                leftIcon={PAGE_ITEMS[item].icon}
              />
            ) : (
              <Menu.ResourceItem key={item} name={item} />
            ),
          )}
        </Fragment>
      ))}
    </Menu>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const { identity } = useGetIdentity();
  if (identity?.mustChangePassword) return <ForcedPasswordChange />;
  return (
    <RaLayout
      appBar={FiveStarAppBar}
      menu={FiveStarMenu}
      // react-admin's layout is `min-width: fit-content`: on a 375 px phone wide content (the tabs
      // of a branch) would widen the whole page instead of scrolling inside its card.
      sx={{ minWidth: { xs: 0, sm: 'fit-content' }, '& .RaLayout-content': { minWidth: 0 } }}
    >
      {children}
    </RaLayout>
  );
}
