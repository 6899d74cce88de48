/** The bell of the app bar: unread count, the latest notifications, each opening its record. */
import NotificationsIcon from '@mui/icons-material/Notifications';
import { Badge, Box, Button, IconButton, List, ListItemButton, ListItemText, Popover, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocaleState, useNavigate, useTranslate } from 'react-admin';
import { inboxApi } from '../dataProvider/inbox';

const UNREAD_KEY = ['inbox', 'unread'];
const LIST_KEY = ['inbox', 'notifications'];

export function NotificationBell() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  // Polled: reminders are written by the server's sweep, not by anything this page does.
  const { data: unread = 0 } = useQuery({
    queryKey: UNREAD_KEY,
    queryFn: () => inboxApi.unreadCount(),
    refetchInterval: 60_000,
  });
  const { data: list } = useQuery({
    queryKey: LIST_KEY,
    queryFn: () => inboxApi.notifications(10),
    enabled: !!anchor,
  });
  const refresh = () => Promise.all([queryClient.invalidateQueries({ queryKey: ['inbox'] })]);
  const open = async (id: string, link: string, read: boolean) => {
    setAnchor(null);
    if (!read) await inboxApi.markRead([id]);
    await refresh();
    navigate(link);
  };
  return (
    <>
      <IconButton
        color="inherit"
        aria-label={translate('inbox.bell', { count: unread })}
        data-testid="notification-bell"
        onClick={(e) => setAnchor(e.currentTarget)}
      >
        <Badge badgeContent={unread} color="error" max={99} data-testid="notification-unread">
          <NotificationsIcon />
        </Badge>
      </IconButton>
      <Popover
        open={!!anchor}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      >
        <Box sx={{ width: { xs: 'calc(100vw - 32px)', sm: 420 }, maxWidth: 420 }} data-testid="notification-list">
          <Box sx={{ display: 'flex', alignItems: 'center', px: 2, pt: 1.5 }}>
            <Typography variant="subtitle1" sx={{ flex: 1 }}>
              {translate('inbox.notifications')}
            </Typography>
            <Button
              size="small"
              disabled={!unread}
              onClick={async () => {
                await inboxApi.markRead(null);
                await refresh();
              }}
            >
              {translate('inbox.mark_all_read')}
            </Button>
          </Box>
          <List dense>
            {(list?.items ?? []).map((n) => (
              <ListItemButton key={n.id} onClick={() => void open(n.id, n.link, !!n.readAt)}>
                <ListItemText
                  primary={locale === 'en' ? n.reasonEn : n.reasonZh}
                  secondary={new Date(n.createdAt).toLocaleString(locale === 'en' ? 'en-GB' : 'zh-CN', {
                    timeZone: 'Asia/Shanghai',
                  })}
                  slotProps={{ primary: { sx: { fontWeight: n.readAt ? 400 : 600, overflowWrap: 'anywhere' } } }}
                />
              </ListItemButton>
            ))}
            {list && !list.items.length && (
              <Typography variant="body2" color="text.secondary" sx={{ px: 2, py: 1 }}>
                {translate('inbox.no_notifications')}
              </Typography>
            )}
          </List>
          <Typography variant="caption" color="text.secondary" sx={{ display: 'block', px: 2, pb: 1.5 }}>
            {translate('inbox.channels_hint')}
          </Typography>
        </Box>
      </Popover>
    </>
  );
}
