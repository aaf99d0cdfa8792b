using System.Linq.Expressions;

namespace Alliance.ServiceDefaults.Security;

/// <summary>The one way a list is cut down to the alliances its caller may read.</summary>
public static class ScopedQueries
{
    /// <summary>
    /// The rows of <paramref name="query"/> whose alliance the caller may read: all of them for the
    /// roles that read everything, else those whose <paramref name="allianceIdOf"/> is in scope.
    /// </summary>
    public static IQueryable<T> ReadableBy<T>(this IQueryable<T> query, Caller caller, Expression<Func<T, Guid>> allianceIdOf)
    {
        if (caller.ReadsEverything)
        {
            return query;
        }

        var readable = caller.ReadableAlliances;
        Expression<Func<Guid, bool>> inScope = id => readable.Contains(id);
        var body = new Substitution(inScope.Parameters[0], allianceIdOf.Body).Visit(inScope.Body);
        return query.Where(Expression.Lambda<Func<T, bool>>(body, allianceIdOf.Parameters));
    }

    /// <summary>Puts the row's alliance id where the scope test names its parameter, so the provider sees one plain predicate.</summary>
    private sealed class Substitution(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }
}
