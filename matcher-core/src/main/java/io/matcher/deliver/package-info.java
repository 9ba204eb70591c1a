/**
 * Delivery, the last stage of the pipeline: the files {@code io.matcher.export} (and {@code
 * io.matcher.replan}) wrote to an output directory, sent to each person by e-mail.
 *
 * <ul>
 *   <li>{@link io.matcher.deliver.Outbox} reads the output directory and makes one {@link
 *       io.matcher.deliver.Letter} per person: their agenda as the body, their calendar and CSV
 *       attached; after a re-plan, only the people {@code changes.json} names;
 *   <li>{@link io.matcher.deliver.MimeLetters} turns a letter into a MIME message (Jakarta Mail);
 *   <li>{@link io.matcher.deliver.SendLog} is the append-only record of what was delivered, so a
 *       rerun sends only the rest;
 *   <li>{@link io.matcher.deliver.Delivery} runs it: paced by a {@link
 *       io.matcher.deliver.RateLimit}, over SMTP ({@link io.matcher.deliver.SmtpMailer}) or into
 *       {@code .eml} files for a dry run.
 * </ul>
 *
 * <p>Privacy: a letter holds the recipient's own files only, which show counterparts' contacts
 * only when those were marked shareable ({@code io.matcher.export.Person}); the recipient's own
 * address comes from {@code recipients.json} and appears only in the {@code To} header.
 */
package io.matcher.deliver;
