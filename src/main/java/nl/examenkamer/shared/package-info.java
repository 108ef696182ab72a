/**
 * Small things every feature uses: the {@link java.time.Clock} producer, the database and its
 * schema migration, the REST application with its RFC 9457 problem details, and the message
 * bundle look-up. Nothing here knows about exams.
 */
package nl.examenkamer.shared;
