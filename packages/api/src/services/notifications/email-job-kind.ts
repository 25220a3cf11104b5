/** The job that mails one notification to its recipient. */
export const NOTIFICATION_EMAIL_JOB = "notification-email";
/** The job that mails one member's digest. */
export const NOTIFICATION_DIGEST_JOB = "notification-digest";

/** One mail per notification, however many times or places it is queued. */
export const notificationEmailJobKey = (notificationId: string) => `notification-email:${notificationId}`;

/** One digest per member and window: two sweeps that both see it due queue it once. */
export const digestJobKey = (membershipId: string, windowStart: Date) => `digest:${membershipId}:${windowStart.toISOString()}`;
