import LinkIcon from '@mui/icons-material/Link';
import MapIcon from '@mui/icons-material/Map';
import LeaderboardIcon from '@mui/icons-material/Leaderboard';
import { Box, Divider, ListSubheader, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import {
  AppBar,
  Layout as RaLayout,
  Logout,
  Menu,
  MenuItemLink,
  TitlePortal,
  UserMenu,
  useGetIdentity,
  usePermissions,
  useSidebarState,
  useTranslate,
  useUserMenu,
} from 'react-admin';
import { ForcedPasswordChange } from '../account/ForcedPasswordChange';
import { isAdmin, managesAccounts, type Permissions } from '../permissions';

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

/** The user menu: 我的账户 (password, sessions) and sign-out. */
function FiveStarUserMenu() {
  return (
    <UserMenu>
      <MyAccountItem />
      <Logout />
    </UserMenu>
  );
}

function FiveStarAppBar() {
  return (
    <AppBar color="primary" userMenu={<FiveStarUserMenu />}>
      <TitlePortal />
      <Box sx={{ flex: 1 }} />
      <AppTitle />
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

/**
 * 系统管理: 用户与权限 for district admins and township staff; API tokens and the audit trail for
 * district admins only. The items hide themselves (canAccess is false for others); the
 * heading goes with them so that other roles see no empty group.
 */
function SystemGroup() {
  const { permissions } = usePermissions<Permissions>();
  if (!managesAccounts(permissions)) return null;
  return (
    <>
      <Group label="app.menu_system" />
      <Menu.ResourceItem name="users" />
      {isAdmin(permissions) && <Menu.ResourceItem name="apiTokens" />}
      {isAdmin(permissions) && <Menu.ResourceItem name="auditEntries" />}
    </>
  );
}

/** Menu items are labelled by their Chinese names (resources.<name>.name) for people and tests alike. */
function FiveStarMenu() {
  return (
    <Menu>
      <Menu.DashboardItem />
      <Group label="app.menu_org" />
      <Menu.ResourceItem name="units" />
      <Menu.ResourceItem name="branches" />
      <Menu.Item to="/chain" primaryText="chain.menu" leftIcon={<LinkIcon />} />
      <Menu.ResourceItem name="people" />
      <Menu.ResourceItem name="positions" />
      <Menu.ResourceItem name="starOwners" />
      <Menu.ResourceItem name="contactPoints" />
      {/* stars */}
      <Group label="stars.menu_stars" />
      <Menu.ResourceItem name="plans" />
      <Menu.ResourceItem name="planItems" />
      <Menu.Item to="/battle-map" primaryText="stars.battle_map" leftIcon={<MapIcon />} />
      <Menu.ResourceItem name="starApplications" />
      <Group label="app.menu_catalog" />
      <Menu.ResourceItem name="departments" />
      <Menu.ResourceItem name="taskForces" />
      <Menu.ResourceItem name="starTypes" />
      <Menu.ResourceItem name="keyTasks" />
      {/* supervision */}
      <Group label="supervision.menu" />
      <Menu.ResourceItem name="spotChecks" />
      <Menu.ResourceItem name="rectifications" />
      <Menu.ResourceItem name="dailyReports" />
      <Menu.ResourceItem name="monthlyObservations" />
      <Menu.Item to="/ranking" primaryText="supervision.ranking" leftIcon={<LeaderboardIcon />} />
      <Menu.ResourceItem name="supervisionTeams" />
      {/* system (district admins) */}
      <SystemGroup />
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
