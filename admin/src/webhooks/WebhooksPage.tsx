/**
 * 数据推送 (系统管理, district admins): register a webhook (URL, event types, unit scope) and read
 * its secret once; enable, disable, rotate; read each delivery with its attempts and send it again;
 * and page through the event feed as this user may read it.
 */
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Stack,
  Tab,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tabs,
  TextField,
  Typography,
} from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { Title, useNotify, useTranslate } from 'react-admin';
import { webhooksApi } from '../dataProvider/webhooks';
import type { ConsoleEventsQuery, ConsoleWebhookDeliveriesQuery, ConsoleWebhooksQuery } from '../gql/graphql';

type Hook = ConsoleWebhooksQuery['data']['items'][number];
type Delivery = ConsoleWebhookDeliveriesQuery['data']['items'][number];
type EventEdge = ConsoleEventsQuery['data']['edges'][number];

const when = (iso: string | null | undefined) =>
  iso ? new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' }) : '—';
const splitTypes = (s: string) =>
  s
    .split(/[,，\s]+/)
    .map((x) => x.trim())
    .filter(Boolean);

function SecretDialog({ secret, onClose }: { secret: string | null; onClose: () => void }) {
  const t = useTranslate();
  return (
    <Dialog open={!!secret} onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{t('webhooks.secret_title')}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          {t('webhooks.secret_hint')}
        </Alert>
        <Typography sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }} data-testid="webhook-secret">
          {secret}
        </Typography>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('webhooks.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}

function Deliveries({ hook }: { hook: Hook }) {
  const t = useTranslate();
  const notify = useNotify();
  const [rows, setRows] = useState<Delivery[] | null>(null);
  const load = useCallback(() => {
    webhooksApi
      .deliveries(hook.id)
      .then((d) => setRows(d.items))
      .catch((e: Error) => notify(e.message, { type: 'error' }));
  }, [hook.id, notify]);
  useEffect(load, [load]);
  const redeliver = (d: Delivery) =>
    webhooksApi
      .redeliver(d.id)
      .then(() => {
        notify('webhooks.redelivered', { type: 'info' });
        load();
      })
      .catch((e: Error) => notify(e.message, { type: 'error' }));
  return (
    <Card variant="outlined" sx={{ mt: 2 }} data-testid="webhook-deliveries">
      <CardContent>
        <Typography variant="subtitle1" sx={{ mb: 1, wordBreak: 'break-all' }}>
          {t('webhooks.deliveries_of', { url: hook.url })}
        </Typography>
        {rows && !rows.length && <Typography color="text.secondary">{t('webhooks.no_deliveries')}</Typography>}
        {!!rows?.length && (
          <Box sx={{ overflowX: 'auto' }}>
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{t('webhooks.event')}</TableCell>
                  <TableCell>{t('webhooks.message_id')}</TableCell>
                  <TableCell>{t('webhooks.status')}</TableCell>
                  <TableCell>{t('webhooks.attempt_log')}</TableCell>
                  <TableCell>{t('webhooks.actions')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((d) => (
                  <TableRow key={d.id} data-testid="delivery-row">
                    <TableCell>{d.eventType}</TableCell>
                    <TableCell sx={{ fontFamily: 'monospace' }}>{d.messageId}</TableCell>
                    <TableCell>
                      <Chip
                        size="small"
                        color={d.status === 'DELIVERED' ? 'success' : d.status === 'FAILED' ? 'error' : 'default'}
                        label={t(`webhooks.status_${d.status}`)}
                      />
                    </TableCell>
                    <TableCell>
                      {d.attemptLog.map((a) => (
                        <Typography key={a.id} variant="body2" title={a.answer ?? a.error ?? ''}>
                          {when(a.at)} · {a.statusCode ?? t('webhooks.no_answer')} · {a.latencyMs} ms
                          {a.error ? ` · ${a.error}` : ''}
                        </Typography>
                      ))}
                    </TableCell>
                    <TableCell>
                      <Button size="small" onClick={() => void redeliver(d)}>
                        {t('webhooks.redeliver')}
                      </Button>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        )}
      </CardContent>
    </Card>
  );
}

function WebhooksTab() {
  const t = useTranslate();
  const notify = useNotify();
  const [hooks, setHooks] = useState<Hook[] | null>(null);
  const [units, setUnits] = useState<{ id: string; name: string }[]>([]);
  const [url, setUrl] = useState('');
  const [types, setTypes] = useState('');
  const [scope, setScope] = useState('');
  const [secret, setSecret] = useState<string | null>(null);
  const [open, setOpen] = useState<Hook | null>(null);
  const load = useCallback(() => {
    webhooksApi
      .list()
      .then((d) => setHooks(d.items))
      .catch((e: Error) => notify(e.message, { type: 'error' }));
  }, [notify]);
  useEffect(load, [load]);
  useEffect(() => {
    webhooksApi
      .scopeUnits()
      .then((u) => {
        setUnits(u);
        if (u[0]) setScope((s) => s || u[0].id);
      })
      .catch(() => undefined);
  }, []);
  const fail = (e: Error) => notify(e.message, { type: 'error' });
  const create = () =>
    webhooksApi
      .create({ url: url.trim(), eventTypes: splitTypes(types), withinId: scope })
      .then((r) => {
        setSecret(r.secret);
        setUrl('');
        setTypes('');
        load();
      })
      .catch(fail);
  return (
    <Box>
      <Alert severity="info" sx={{ mb: 2 }}>
        {t('webhooks.hint')}
      </Alert>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 2 }}>
        <TextField
          size="small"
          label={t('webhooks.url')}
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          sx={{ flex: 2 }}
          slotProps={{ htmlInput: { 'data-testid': 'webhook-url' } }}
        />
        <TextField
          size="small"
          label={t('webhooks.event_types')}
          value={types}
          onChange={(e) => setTypes(e.target.value)}
          sx={{ flex: 2 }}
        />
        <TextField
          select
          size="small"
          label={t('webhooks.scope')}
          value={scope}
          onChange={(e) => setScope(e.target.value)}
          sx={{ flex: 1, minWidth: 160 }}
        >
          {units.map((u) => (
            <MenuItem key={u.id} value={u.id}>
              {u.name}
            </MenuItem>
          ))}
        </TextField>
        <Button variant="contained" onClick={() => void create()} disabled={!url.trim() || !scope}>
          {t('webhooks.create')}
        </Button>
      </Stack>
      {hooks && !hooks.length && <Typography color="text.secondary">{t('webhooks.no_webhooks')}</Typography>}
      {!!hooks?.length && (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" data-testid="webhook-list">
            <TableHead>
              <TableRow>
                <TableCell>{t('webhooks.url')}</TableCell>
                <TableCell>{t('webhooks.scope')}</TableCell>
                <TableCell>{t('webhooks.event_types')}</TableCell>
                <TableCell>{t('webhooks.status')}</TableCell>
                <TableCell>{t('webhooks.actions')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {hooks.map((h) => (
                <TableRow key={h.id} data-testid="webhook-row">
                  <TableCell sx={{ wordBreak: 'break-all' }}>{h.url}</TableCell>
                  <TableCell>{h.scopeUnit.name}</TableCell>
                  <TableCell>{h.eventTypes.join(', ') || '*'}</TableCell>
                  <TableCell>
                    <Chip
                      size="small"
                      color={h.enabled ? 'success' : 'default'}
                      label={t(h.enabled ? 'webhooks.enabled' : 'webhooks.disabled')}
                    />
                    {h.disabledReason && (
                      <Typography variant="body2" color="text.secondary">
                        {h.disabledReason}
                      </Typography>
                    )}
                    {h.consecutiveFailures > 0 && (
                      <Typography variant="body2" color="text.secondary">
                        {t('webhooks.failures')}: {h.consecutiveFailures}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell>
                    <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
                      <Button size="small" onClick={() => setOpen(h)}>
                        {t('webhooks.show_deliveries')}
                      </Button>
                      <Button
                        size="small"
                        onClick={() => void webhooksApi.update(h.id, { enabled: !h.enabled }).then(load).catch(fail)}
                      >
                        {t(h.enabled ? 'webhooks.disable' : 'webhooks.enable')}
                      </Button>
                      <Button
                        size="small"
                        onClick={() =>
                          void webhooksApi
                            .rotate(h.id)
                            .then((r) => {
                              setSecret(r.secret);
                              notify('webhooks.rotated', { type: 'info' });
                              load();
                            })
                            .catch(fail)
                        }
                      >
                        {t('webhooks.rotate')}
                      </Button>
                    </Stack>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
      {open && <Deliveries key={open.id} hook={open} />}
      <SecretDialog secret={secret} onClose={() => setSecret(null)} />
    </Box>
  );
}

function EventsTab() {
  const t = useTranslate();
  const notify = useNotify();
  const [edges, setEdges] = useState<EventEdge[]>([]);
  const [next, setNext] = useState<{ cursor: string | null; more: boolean }>({ cursor: null, more: false });
  const [filter, setFilter] = useState('');
  const load = useCallback(
    (after: string | null, types: string[], append: boolean) =>
      webhooksApi
        .events(after, types.length ? types : null)
        .then((d) => {
          setEdges((old) => (append ? [...old, ...d.edges] : d.edges));
          setNext({ cursor: d.pageInfo.endCursor, more: d.pageInfo.hasNextPage });
        })
        .catch((e: Error) => notify(e.message, { type: 'error' })),
    [notify],
  );
  useEffect(() => {
    void load(null, [], false);
  }, [load]);
  return (
    <Box>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2 }}>
        <TextField
          size="small"
          label={t('webhooks.filter_types')}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
        <Button onClick={() => void load(null, splitTypes(filter), false)}>{t('webhooks.apply')}</Button>
      </Stack>
      {!edges.length && <Typography color="text.secondary">{t('webhooks.no_events')}</Typography>}
      {!!edges.length && (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" data-testid="event-list">
            <TableHead>
              <TableRow>
                <TableCell>{t('webhooks.committed_at')}</TableCell>
                <TableCell>{t('webhooks.event')}</TableCell>
                <TableCell>{t('webhooks.resource')}</TableCell>
                <TableCell>{t('webhooks.operation')}</TableCell>
                <TableCell>{t('webhooks.fields')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {edges.map(({ node }) => {
                const p = node.payload as { operation?: string; fields?: string[] };
                return (
                  <TableRow key={node.id} data-testid="event-row">
                    <TableCell>{when(node.committedAt)}</TableCell>
                    <TableCell>{node.type}</TableCell>
                    <TableCell>
                      {node.resourceType} {node.resourceId}
                    </TableCell>
                    <TableCell>{p.operation}</TableCell>
                    <TableCell>{(p.fields ?? []).join(', ')}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </Box>
      )}
      {next.more && (
        <Button sx={{ mt: 1 }} onClick={() => void load(next.cursor, splitTypes(filter), true)}>
          {t('webhooks.more')}
        </Button>
      )}
    </Box>
  );
}

export function WebhooksPage() {
  const t = useTranslate();
  const [tab, setTab] = useState(0);
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={t('webhooks.title')} />
      <CardContent>
        <Tabs value={tab} onChange={(_e, v: number) => setTab(v)} sx={{ mb: 2 }}>
          <Tab label={t('webhooks.tab_webhooks')} />
          <Tab label={t('webhooks.tab_events')} />
        </Tabs>
        {tab === 0 ? <WebhooksTab /> : <EventsTab />}
      </CardContent>
    </Card>
  );
}
