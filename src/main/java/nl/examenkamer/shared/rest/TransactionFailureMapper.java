package nl.examenkamer.shared.rest;

import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A service whose transaction failed at its commit. Without this mapper Jersey's own mapper for
 * {@link TransactionalException} rethrows it and the container answers a bare 500; with it, a
 * commit that lost a race with another change of the same row is a conflict (409) the caller can
 * resolve, and anything else is an incident with its number: {@link UnexpectedExceptionMapper}'s
 * answers. Jersey prefers an application's mapper to its own for the same type (CurriculumIT).
 */
@Provider
public class TransactionFailureMapper implements ExceptionMapper<TransactionalException> {

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(TransactionalException failure) {
        return UnexpectedExceptionMapper.answer(
                failure,
                RequestLocale.of(headers),
                uriInfo == null ? null : uriInfo.getRequestUri().getPath());
    }
}
