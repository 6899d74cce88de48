import AddIcon from '@mui/icons-material/Add';
import {
  Box,
  Card,
  CardContent,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import {
  EditButton,
  FunctionField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useDataProvider,
  usePermissions,
  useRecordContext,
  useRefresh,
  useTranslate,
  Form,
  SaveButton,
} from 'react-admin';
import { isAdmin, type Permissions } from '../../permissions';
import type { AppDataProvider } from '../../dataProvider';
import { useEnumLabel } from '../../shared/enums';
import { TimestampField } from '../../shared/fields';
import { useAction } from '../../shared/useAction';
import { GrantFields } from './UserCreate';
import { RevokeGrantButton, UserActions, type UserRecord } from './UserActions';

function Actions() {
  const { permissions } = usePermissions<Permissions>();
  return (
    <TopToolbar>
      <UserActions />
      {isAdmin(permissions) && <EditButton />}
    </TopToolbar>
  );
}

/** The account's grants; district admins revoke one and grant another here. */
function Grants() {
  const record = useRecordContext<UserRecord>();
  const translate = useTranslate();
  const roleLabel = useEnumLabel('UserRole');
  const { permissions } = usePermissions<Permissions>();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { busy, act } = useAction(useRefresh());
  if (!record) return null;
  const admin = isAdmin(permissions);
  return (
    <Card variant="outlined" sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate('resources.users.fields.grants')}
        </Typography>
        <Table size="small" data-testid="grants">
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.users.fields.role')}</TableCell>
              <TableCell>{translate('resources.users.fields.withinId')}</TableCell>
              <TableCell>{translate('resources.users.fields.starCode')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {record.grants.map((g) => (
              <TableRow key={g.id}>
                <TableCell>{String(roleLabel(g.role))}</TableCell>
                <TableCell>{g.unit.name}</TableCell>
                <TableCell>{g.starCode ?? '—'}</TableCell>
                <TableCell align="right">{admin && <RevokeGrantButton grant={g} />}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {admin && (
          <Box sx={{ mt: 2 }}>
            <Form
              onSubmit={(v: Record<string, unknown>) =>
                void act(
                  () =>
                    dataProvider.grantRole(record.id, {
                      role: String(v.role),
                      unitId: String(v.unitId),
                      starCode: v.starCode ? String(v.starCode) : null,
                    }),
                  'users.grant_done',
                )
              }
            >
              <Stack direction={{ xs: 'column', md: 'row' }} spacing={1} sx={{ alignItems: { md: 'center' } }}>
                <GrantFields />
                <SaveButton label="users.grant" icon={<AddIcon />} disabled={busy} alwaysEnable />
              </Stack>
            </Form>
          </Box>
        )}
      </CardContent>
    </Card>
  );
}

export function UserShow() {
  const translate = useTranslate();
  return (
    <Show actions={<Actions />}>
      <SimpleShowLayout>
        <TextField source="username" />
        <TextField source="displayName" />
        <FunctionField
          source="active"
          render={(r: UserRecord) => translate(r.active ? 'users.active_yes' : 'users.active_no')}
        />
        <FunctionField source="unit" render={(r: { unit?: { name: string } | null }) => r.unit?.name ?? '—'} />
        <FunctionField source="person" render={(r: { person?: { name: string } | null }) => r.person?.name ?? '—'} />
        <TimestampField source="lastLoginAt" />
        <Grants />
      </SimpleShowLayout>
    </Show>
  );
}
