import { DataTable, FunctionField, List, SimpleList, useTranslate } from 'react-admin';
import { RefLinkField, TimestampField } from '../../shared/fields';
import { ResponsiveList } from '../../shared/layout';
import { RevokeApiTokenButton } from './RevokeApiTokenButton';
import { TokenStatusField, tokenStatus, type ApiTokenRecord } from './TokenStatusField';

type Row = ApiTokenRecord & {
  createdBy?: { username: string; displayName: string } | null;
  scopeUnit?: { name: string } | null;
};

/**
 * No show or edit page: the API has no `apiToken(id)` and a token never changes; it is listed,
 * created (its secret shown once) and revoked. Sortable by the fields the server sorts by.
 */
export function ApiTokenList() {
  const translate = useTranslate();
  return (
    <List perPage={25} sort={{ field: 'createdAt', order: 'DESC' }} exporter={false}>
      <ResponsiveList
        table={
          <DataTable
            rowClick={false}
            bulkActionButtons={false}
            sx={{ '& .RaDataTable-headerCell': { whiteSpace: 'nowrap' } }}
          >
            <DataTable.Col source="name" />
            <DataTable.Col source="scopeUnit" disableSort>
              <RefLinkField source="scopeUnit" reference="units" />
            </DataTable.Col>
            <DataTable.Col source="status" disableSort>
              <TokenStatusField />
            </DataTable.Col>
            <DataTable.Col source="createdBy" disableSort>
              <FunctionField render={(r: Row) => r.createdBy?.displayName ?? r.createdBy?.username ?? '—'} />
            </DataTable.Col>
            <DataTable.Col source="createdAt">
              <TimestampField source="createdAt" />
            </DataTable.Col>
            <DataTable.Col source="expiresAt">
              <TimestampField source="expiresAt" />
            </DataTable.Col>
            <DataTable.Col source="lastUsedAt">
              <TimestampField source="lastUsedAt" />
            </DataTable.Col>
            <DataTable.Col source="revokedAt" disableSort>
              <TimestampField source="revokedAt" />
            </DataTable.Col>
            <DataTable.Col label={false} disableSort>
              <RevokeApiTokenButton />
            </DataTable.Col>
          </DataTable>
        }
        small={
          <SimpleList
            primaryText={(r: Row) => r.name ?? r.id}
            secondaryText={(r: Row) => r.scopeUnit?.name ?? ''}
            tertiaryText={(r: Row) => translate(`apiTokens.status_${tokenStatus(r)}`)}
            rightIcon={() => <RevokeApiTokenButton />}
            rowClick={false}
          />
        }
      />
    </List>
  );
}
