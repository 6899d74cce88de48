import { DataTable, List, SimpleList, useTranslate, type RaRecord } from 'react-admin';
import { EnumField, useEnumLabel } from '../../shared/enums';
import { TimestampField, useStarName } from '../../shared/fields';
import { ResponsiveList } from '../../shared/layout';
import { useCsvExporter } from '../../shared/csv';
import { RectificationLink, SpotCheckLink } from './FindingLinks';

const withdrawnSx = (r: RaRecord) => (r.withdrawn ? { opacity: 0.6 } : {});

/**
 * Every finding of the spot checks the user may see (the server's confidentiality rule: a team its
 * own checks, leaders over their units, others completed checks in their scope), newest first.
 */
export function FindingList() {
  const csvExporter = useCsvExporter();
  const translate = useTranslate();
  const severity = useEnumLabel('FindingSeverity');
  const star = useStarName();
  return (
    <List perPage={25} sort={{ field: 'recordedAt', order: 'DESC' }} exporter={csvExporter}>
      <ResponsiveList
        table={
          <DataTable rowClick="show" bulkActionButtons={false} rowSx={withdrawnSx}>
            <DataTable.Col source="description" disableSort />
            <DataTable.Col source="severity">
              <EnumField source="severity" enumName="FindingSeverity" chip />
            </DataTable.Col>
            <DataTable.Col source="spotCheck" disableSort>
              <SpotCheckLink />
            </DataTable.Col>
            <DataTable.Col source="starCode" disableSort render={(r) => (r.starCode ? star(r.starCode) : '—')} />
            <DataTable.Col source="recordedAt">
              <TimestampField source="recordedAt" />
            </DataTable.Col>
            <DataTable.Col source="rectification" disableSort>
              <RectificationLink />
            </DataTable.Col>
          </DataTable>
        }
        small={
          <SimpleList
            primaryText={(r) => r.description}
            secondaryText={(r) => [r.spotCheck?.targetUnit?.name, r.spotCheck?.plannedFor].filter(Boolean).join(' · ')}
            tertiaryText={(r) => (r.withdrawn ? translate('findings.withdrawn_short') : severity(r.severity))}
            rowSx={withdrawnSx}
            rowClick="show"
          />
        }
      />
    </List>
  );
}
