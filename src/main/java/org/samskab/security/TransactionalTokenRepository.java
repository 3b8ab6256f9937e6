package org.samskab.security;

import java.util.Date;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentRememberMeToken;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spring Security's JDBC store of remember-me tokens (table {@code persistent_logins}, made by Flyway), each call
 * in a transaction of its own: the pool hands out connections without auto-commit, so a bare JDBC write would be
 * rolled back when its connection goes back to the pool.
 */
@Component
class TransactionalTokenRepository implements PersistentTokenRepository {

    private final JdbcTokenRepositoryImpl tokens = new JdbcTokenRepositoryImpl();
    private final TransactionTemplate transaction;

    TransactionalTokenRepository(DataSource dataSource, PlatformTransactionManager transactionManager) {
        tokens.setDataSource(dataSource);
        tokens.afterPropertiesSet();
        transaction = new TransactionTemplate(transactionManager);
        // Always its own: called after another transaction's commit (a new password, docs/adr/0203), the finished
        // one is still bound to the thread, and joining it would leave these writes uncommitted.
        transaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void createNewToken(PersistentRememberMeToken token) {
        transaction.executeWithoutResult(status -> tokens.createNewToken(token));
    }

    @Override
    public void updateToken(String series, String tokenValue, Date lastUsed) {
        transaction.executeWithoutResult(status -> tokens.updateToken(series, tokenValue, lastUsed));
    }

    @Override
    @SuppressWarnings("NullAway") // the callback may answer null (Spring 7: T extends @Nullable Object), which
                                            // NullAway sees only in its JSpecify mode
    public @Nullable PersistentRememberMeToken getTokenForSeries(String seriesId) {
        return transaction.execute(status -> tokens.getTokenForSeries(seriesId));
    }

    @Override
    public void removeUserTokens(String username) {
        transaction.executeWithoutResult(status -> tokens.removeUserTokens(username));
    }
}
