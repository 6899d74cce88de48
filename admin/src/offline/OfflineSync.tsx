/**
 * Mounted in the app bar for the whole session: keeps a supervisor's open spot checks on the
 * device (after sign-in and whenever the network returns, once the queue has been sent) and shows
 * 离线 / 待同步 N, a link to the on-site page.
 */
import CloudOffIcon from '@mui/icons-material/CloudOff';
import SyncIcon from '@mui/icons-material/Sync';
import { Box, Chip } from '@mui/material';
import { useEffect } from 'react';
import { useGetIdentity, usePermissions, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { Permissions } from '../permissions';
import { refreshCache, syncNow, unsynced } from './sync';
import { useOfflineStore, useOnline } from './useOffline';

export function OfflineSync() {
  const translate = useTranslate();
  const online = useOnline();
  const { identity } = useGetIdentity();
  const { permissions } = usePermissions<Permissions>();
  const { steps } = useOfflineStore();
  const supervisor = !!permissions?.roles?.includes('SUPERVISOR');
  const userId = identity ? String(identity.id) : null;
  const username = identity ? String(identity.username ?? '') : '';
  useEffect(() => {
    if (!online || !userId) return;
    let live = true;
    void (async () => {
      await syncNow().catch(() => undefined);
      if (live && supervisor) await refreshCache({ id: userId, username }).catch(() => undefined);
    })();
    return () => {
      live = false;
    };
  }, [online, userId, username, supervisor]);
  const n = unsynced(steps).length;
  if (online && !n) return null;
  const text = online
    ? translate('offline.pending', { n })
    : `${translate('offline.offline')} · ${translate('offline.pending', { n })}`;
  return (
    <Chip
      component={Link}
      to="/field"
      clickable
      size="small"
      icon={online ? <SyncIcon /> : <CloudOffIcon />}
      aria-label={text}
      title={text}
      // On a phone the record's title needs the room: the count alone.
      label={
        <>
          <Box component="span" sx={{ display: { xs: 'none', sm: 'inline' } }}>
            {text}
          </Box>
          <Box component="span" sx={{ display: { xs: 'inline', sm: 'none' } }}>
            {n}
          </Box>
        </>
      }
      sx={{ mr: 1, bgcolor: 'background.paper', flexShrink: 0 }}
      data-testid="offline-badge"
    />
  );
}
