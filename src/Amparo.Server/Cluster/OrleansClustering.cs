namespace Amparo.Server.Cluster;

/// <summary>How silos find each other.</summary>
public enum OrleansClustering
{
    /// <summary>One server alone: nothing to find (the single-node default, on SQLite or PostgreSQL).</summary>
    Localhost,

    /// <summary>Membership and reminders in the PostgreSQL database every silo shares (the tables its migrations create).</summary>
    Database,
}
