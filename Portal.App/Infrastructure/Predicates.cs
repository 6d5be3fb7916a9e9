using System.Linq.Expressions;
using Portal.Domain.Cases;

namespace Portal.App.Infrastructure;

/// <summary>
/// Combines filter expressions so a query carries only the conditions that apply to the person: an "A or B" where B
/// can never hold for them would stop the database from using the index that serves A.
/// </summary>
public static class Predicates
{
    public static Expression<Func<T, bool>> AnyOf<T>(IReadOnlyList<Expression<Func<T, bool>>> predicates)
    {
        if (predicates.Count == 0) return _ => false;
        var parameter = predicates[0].Parameters[0];
        var body = predicates[0].Body;
        foreach (var next in predicates.Skip(1))
            body = Expression.OrElse(body, new Rebind(next.Parameters[0], parameter).Visit(next.Body));
        return Expression.Lambda<Func<T, bool>>(body, parameter);
    }

    /// <summary>"State = A OR State = B …" with the states as constants, so an index on the state is searched state by state.</summary>
    public static Expression<Func<CaseTask, bool>> StateIn(IEnumerable<TaskState> states)
    {
        var task = Expression.Parameter(typeof(CaseTask), "t");
        var state = Expression.Property(task, nameof(CaseTask.State));
        var body = states.Select(s => (Expression)Expression.Equal(state, Expression.Constant(s)))
            .Aggregate<Expression?, Expression?>(null, (all, next) => all is null ? next : Expression.OrElse(all, next!));
        return Expression.Lambda<Func<CaseTask, bool>>(body ?? Expression.Constant(false), task);
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
