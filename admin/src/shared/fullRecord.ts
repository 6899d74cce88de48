/**
 * Show and edit pages read their record with this `meta`. react-admin seeds its getOne cache with
 * each record a list (or a reference field) loaded, under the key without meta: a page reading that
 * key would first render the list's copy, which lacks what only getOne selects (items, history,
 * members, findings …) and crashed on it. Under its own key the page waits for the whole record.
 * The data provider ignores the meta.
 */
export const FULL_RECORD = { meta: { fullRecord: true } } as const;
