import BlockIcon from '@mui/icons-material/Block';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import DeleteIcon from '@mui/icons-material/RemoveCircleOutlined';
import KeyIcon from '@mui/icons-material/Key';
import { useState } from 'react';
import {
  Button,
  Confirm,
  useDataProvider,
  usePermissions,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { AppDataProvider } from '../../dataProvider';
import { isAdmin, type Permissions } from '../../permissions';
import { useEnumLabel } from '../../shared/enums';
import { useAction } from '../../shared/useAction';
import { TemporaryPasswordDialog } from './TemporaryPasswordDialog';

export interface UserRecord {
  id: string;
  username: string;
  displayName: string;
  active: boolean;
  grants: { id: string; role: string; unitId: string; starCode: string | null; unit: { id: string; name: string } }[];
}

/** A button that asks first (停用, 启用, 重置密码, 撤销). */
function ConfirmedButton({
  label,
  icon,
  title,
  content,
  name,
  color,
  run,
  done,
}: {
  label: string;
  icon: React.ReactElement;
  title: string;
  content: string;
  name: string;
  color?: 'error' | 'primary';
  run: () => Promise<unknown>;
  done: string;
}) {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const { busy, act } = useAction(useRefresh());
  return (
    <>
      <Button label={translate(label)} color={color ?? 'primary'} onClick={() => setOpen(true)}>
        {icon}
      </Button>
      <Confirm
        isOpen={open}
        loading={busy}
        title={title}
        titleTranslateOptions={{ name, role: name }}
        content={content}
        confirm={label}
        confirmColor="warning"
        onConfirm={() => void act(run, done).then(() => setOpen(false))}
        onClose={() => setOpen(false)}
      />
    </>
  );
}

/** 停用 / 启用 / 重置密码 on an account's page: only what the signed-in manager may do. */
export function UserActions() {
  const record = useRecordContext<UserRecord>();
  const { permissions } = usePermissions<Permissions>();
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const refresh = useRefresh();
  const [temporary, setTemporary] = useState<string | null>(null);
  const [resetOpen, setResetOpen] = useState(false);
  const { busy, act } = useAction(() => undefined);
  if (!record) return null;
  const admin = isAdmin(permissions);
  const reset = () =>
    act(async () => {
      const r = await dataProvider.resetPassword(record.id);
      setTemporary(r.temporaryPassword);
    }, 'users.reset').then(() => setResetOpen(false));
  return (
    <>
      {record.active ? (
        <ConfirmedButton
          label="users.deactivate"
          icon={<BlockIcon />}
          title="users.deactivate_title"
          content="users.deactivate_content"
          name={record.displayName}
          color="error"
          run={() => dataProvider.deactivateUser(record.id)}
          done="users.deactivated"
        />
      ) : (
        admin && (
          <ConfirmedButton
            label="users.reactivate"
            icon={<CheckCircleIcon />}
            title="users.reactivate_title"
            content="users.reactivate_content"
            name={record.displayName}
            run={() => dataProvider.reactivateUser(record.id)}
            done="users.reactivated"
          />
        )
      )}
      <Button label={translate('users.reset')} onClick={() => setResetOpen(true)}>
        <KeyIcon />
      </Button>
      <Confirm
        isOpen={resetOpen}
        loading={busy}
        title="users.reset_title"
        titleTranslateOptions={{ name: record.displayName }}
        content="users.reset_content"
        confirm="users.reset"
        confirmColor="warning"
        onConfirm={() => void reset()}
        onClose={() => setResetOpen(false)}
      />
      {temporary && (
        <TemporaryPasswordDialog
          name={record.displayName}
          password={temporary}
          onClosed={() => {
            setTemporary(null);
            refresh();
          }}
        />
      )}
    </>
  );
}

/** 撤销 on one grant (district admins). */
export function RevokeGrantButton({ grant }: { grant: UserRecord['grants'][number] }) {
  const dataProvider = useDataProvider<AppDataProvider>();
  const roleLabel = useEnumLabel('UserRole');
  return (
    <ConfirmedButton
      label="users.revoke"
      icon={<DeleteIcon />}
      title="users.revoke_title"
      content="users.revoke_content"
      name={String(roleLabel(grant.role))}
      color="error"
      run={() => dataProvider.revokeRole(grant.id)}
      done="users.revoked"
    />
  );
}
