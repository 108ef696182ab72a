/**
 * Support for the pages of every feature: the language switch, the navigation per role, error
 * pages (problem documents for API paths), and turning domain errors into page messages.
 */
package nl.examenkamer.web;
