using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alliance.Membership.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class RepairStoredKinds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Members whose kind was stored as a number or other unknown text; see StoredKindRepair.
            migrationBuilder.Sql(StoredKindRepair.SqlBeforeLongVersions);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // A repair is not undone: the history keeps what was stored.
        }
    }
}
