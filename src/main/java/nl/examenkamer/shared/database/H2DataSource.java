package nl.examenkamer.shared.database;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The embedded H2 database as a plain, non-XA data source: the class the data source definition
 * names whenever the database URL is an H2 one.
 *
 * <p>Neither of H2's own classes will do. {@code org.h2.jdbcx.JdbcDataSource} is also an
 * {@code XADataSource}, and Payara then runs every transaction through its XA machinery (a quarter
 * of an attempt start's time). {@code org.h2.Driver} gets local transactions only when Payara can
 * resolve {@code db.class} while it deploys, which it can from an environment variable but not from
 * the application's own configuration: with the packaged default it set the pool up for a data
 * source, was handed the driver, and the application did not start. This class is a data source and
 * nothing more, so Payara sets it up the same way whichever source names it.
 */
public class H2DataSource implements DataSource {

    private final JdbcDataSource h2 = new JdbcDataSource();

    public String getURL() {
        return h2.getURL();
    }

    public void setURL(String url) {
        h2.setURL(url);
    }

    public void setUrl(String url) {
        h2.setURL(url);
    }

    public String getUser() {
        return h2.getUser();
    }

    public void setUser(String user) {
        h2.setUser(user);
    }

    public void setPassword(String password) {
        h2.setPassword(password);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return h2.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return h2.getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() {
        return h2.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        h2.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) {
        h2.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return h2.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("H2 does not log through java.util.logging");
    }

    /** Unwraps to this class only: handing out H2's own data source would hand out its XA side. */
    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("not a wrapper for " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
