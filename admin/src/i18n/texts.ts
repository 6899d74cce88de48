/** A text in both interface languages. */
export type Pair = [zh: string, en: string];

/**
 * What one feature contributes to the console's catalogue, kept in an i18n.ts beside its screens
 * and merged in i18n/catalogue.ts. A key belongs to one feature only.
 */
export interface FeatureTexts {
  /** react-admin's resource names and field labels (`resources.<resource>.name|fields.<field>`). */
  resources?: Record<string, { name: Pair; fields: Record<string, Pair> }>;
  /** Short labels for enum values (`enums.<Enum>.<VALUE>`); a value left out shows the schema's description. */
  enums?: Record<string, Record<string, Pair>>;
  /** Page texts by namespace (`<namespace>.<key>`). */
  messages?: Record<string, Record<string, Pair>>;
}
