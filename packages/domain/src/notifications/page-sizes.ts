// Apart from the schemas, so that a browser component needing a size does not carry the validation library.

/** Notifications per page of the notification centre. */
export const NOTIFICATION_PAGE_SIZE = 20;
/** How many the bell's list shows. */
export const NOTIFICATION_PREVIEW_SIZE = 8;
