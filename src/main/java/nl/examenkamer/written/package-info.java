/**
 * The written exam: sessions the board plans, candidates enrolled with their accommodations, forms
 * drawn from the blueprint by a recorded seed, answers saved one at a time by a small JSON endpoint,
 * the deadline kept by the server, scoring on close and publication of results.
 */
package nl.examenkamer.written;
