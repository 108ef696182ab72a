/**
 * The basic curriculum (seed 002): training providers register the contact hours and study-load
 * hours a candidate followed per module, each module belonging to one of the four themes; the
 * admission rule of the scheme in exam-content (60 contact hours, 100 study-load hours, every theme
 * covered) gives each candidate an admission status with every unmet rule in numbers. Providers see
 * only their own records; withdrawn and voided records never count.
 */
package nl.examenkamer.curriculum;
