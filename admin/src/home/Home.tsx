import { Box, Typography } from '@mui/material';
import { Title, useGetIdentity, usePermissions, useTranslate } from 'react-admin';
import { Dashboard } from '../dashboard/Dashboard';
import { homeFor, type Permissions } from '../permissions';
import { BranchHome } from './BranchHome';
import { SupervisorHome } from './SupervisorHome';
import { ReviewerHome } from './ReviewerHome';
import { TasksPanel } from '../inbox/TasksPanel';

/** The home page of the signed-in user's role (homeFor in permissions.ts); leaders get the dashboard. */
export function Home() {
  const { permissions, isPending } = usePermissions<Permissions>();
  if (isPending || !permissions) return null;
  const kind = homeFor(permissions);
  // 待办 first for everyone who works the campaign; the rest of the home follows.
  if (kind === 'dashboard')
    return (
      <Box sx={{ mt: { xs: 1, sm: 2 } }}>
        <TasksPanel />
        <Dashboard />
      </Box>
    );
  // A township works its queue first; the campaign of its own branches (the dashboard) follows.
  if (kind === 'township')
    return (
      <Box sx={{ mt: { xs: 1, sm: 2 } }} data-testid="role-home">
        <TasksPanel />
        <ReviewerHome level="township" />
        <Dashboard />
      </Box>
    );
  return (
    <RoleHomeFrame>
      <TasksPanel />
      {kind === 'branch' && <BranchHome />}
      {kind === 'taskForce' && <ReviewerHome level="taskForce" />}
      {kind === 'supervisor' && <SupervisorHome />}
    </RoleHomeFrame>
  );
}

function RoleHomeFrame({ children }: { children: React.ReactNode }) {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  return (
    <Box sx={{ mt: { xs: 1, sm: 2 } }} data-testid="role-home">
      <Title title={translate('home.title')} />
      <Typography variant="h5" component="h1" sx={{ mb: 2 }}>
        {translate('home.greeting', { name: identity?.fullName ?? '' })}
      </Typography>
      {children}
    </Box>
  );
}
